CREATE TABLE "audit_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_translations" (
	"event_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"theme" text,
	"summary" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"city" text NOT NULL,
	"venue_name" text NOT NULL,
	"venue_address" text DEFAULT '' NOT NULL,
	"co_hosts" text[] DEFAULT '{}'::text[] NOT NULL,
	"report_headline" text,
	"report" text,
	"report_figures" jsonb,
	CONSTRAINT "event_translations_event_id_locale_pk" PRIMARY KEY("event_id","locale"),
	CONSTRAINT "event_translations_locale_check" CHECK (locale in ('zh', 'en', 'ko', 'ja', 'ru'))
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"latitude" text,
	"longitude" text,
	"capacity" integer,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"approval_mode" text DEFAULT 'automatic' NOT NULL,
	"source_locale" text NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"contact_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_slug_unique" UNIQUE("slug"),
	CONSTRAINT "events_kind_check" CHECK (kind in ('conference', 'talks', 'forum', 'promotion', 'delegation')),
	CONSTRAINT "events_status_check" CHECK (status in ('draft', 'published', 'cancelled')),
	CONSTRAINT "events_approval_check" CHECK (approval_mode in ('automatic', 'organizer')),
	CONSTRAINT "events_source_locale_check" CHECK (source_locale in ('zh', 'en', 'ko', 'ja', 'ru')),
	CONSTRAINT "events_dates_check" CHECK ("events"."ends_at" >= "events"."starts_at"),
	CONSTRAINT "events_capacity_check" CHECK ("events"."capacity" is null or "events"."capacity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "itinerary_stops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"place" jsonb NOT NULL,
	"activity" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"totp_secret_sealed" text,
	"failed_sign_ins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizers_email_unique" UNIQUE("email"),
	CONSTRAINT "organizers_role_check" CHECK (role in ('admin', 'organizer', 'checkin'))
);
--> statement-breakpoint
CREATE TABLE "outbound_emails" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"registration_id" uuid,
	"locale" text NOT NULL,
	"to_address" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"subject" text,
	"text_body" text,
	"html_body" text,
	"raw_message" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"provider_message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "outbound_emails_status_check" CHECK (status in ('queued', 'sending', 'sent', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "program_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"title" jsonb NOT NULL,
	"speaker" jsonb,
	"room" jsonb
);
--> statement-breakpoint
CREATE TABLE "registration_visits" (
	"registration_id" uuid NOT NULL,
	"visit_id" uuid NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_visits_registration_id_visit_id_pk" PRIMARY KEY("registration_id","visit_id"),
	CONSTRAINT "registration_visits_status_check" CHECK (status in ('confirmed', 'waitlisted'))
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"token_version" integer DEFAULT 1 NOT NULL,
	"status" text NOT NULL,
	"locale" text NOT NULL,
	"honorific" text,
	"family_name" text NOT NULL,
	"given_name" text NOT NULL,
	"patronymic" text,
	"latin_family_name" text NOT NULL,
	"latin_given_name" text NOT NULL,
	"organization" text NOT NULL,
	"position" text,
	"country" text NOT NULL,
	"email" text NOT NULL,
	"email_normalized" text NOT NULL,
	"phone" text NOT NULL,
	"delegation_type" text NOT NULL,
	"dietary_needs" text,
	"access_needs" text,
	"consent_at" timestamp with time zone NOT NULL,
	"consent_version" text NOT NULL,
	"visa_requested" boolean DEFAULT false NOT NULL,
	"visa_data_sealed" text,
	"management_token_hash" text NOT NULL,
	"idempotency_key" text,
	"checked_in_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registrations_reference_unique" UNIQUE("reference"),
	CONSTRAINT "registrations_management_token_hash_unique" UNIQUE("management_token_hash"),
	CONSTRAINT "registrations_status_check" CHECK (status in ('pending', 'confirmed', 'waitlisted', 'cancelled', 'rejected')),
	CONSTRAINT "registrations_locale_check" CHECK (locale in ('zh', 'en', 'ko', 'ja', 'ru')),
	CONSTRAINT "registrations_delegation_check" CHECK (delegation_type in ('government', 'enterprise', 'association', 'media', 'other')),
	CONSTRAINT "registrations_country_check" CHECK ("registrations"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "registrations_visa_check" CHECK ("registrations"."visa_data_sealed" is null or "registrations"."visa_requested")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"organizer_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer,
	"position" integer DEFAULT 0 NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"meeting_point" jsonb NOT NULL,
	"transport" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visits_capacity_check" CHECK ("visits"."capacity" is null or "visits"."capacity" >= 0)
);
--> statement-breakpoint
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_actor_id_organizers_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."organizers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_translations" ADD CONSTRAINT "event_translations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "itinerary_stops" ADD CONSTRAINT "itinerary_stops_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD CONSTRAINT "outbound_emails_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_items" ADD CONSTRAINT "program_items_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_visits" ADD CONSTRAINT "registration_visits_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_visits" ADD CONSTRAINT "registration_visits_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_organizer_id_organizers_id_fk" FOREIGN KEY ("organizer_id") REFERENCES "public"."organizers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_entries_entity_idx" ON "audit_entries" USING btree ("entity_type","entity_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_entries_actor_idx" ON "audit_entries" USING btree ("actor_id","created_at");--> statement-breakpoint
CREATE INDEX "events_status_starts_idx" ON "events" USING btree ("status","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "itinerary_stops_order_idx" ON "itinerary_stops" USING btree ("visit_id","position");--> statement-breakpoint
CREATE INDEX "outbound_emails_due_idx" ON "outbound_emails" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbound_emails_registration_idx" ON "outbound_emails" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "program_items_event_idx" ON "program_items" USING btree ("event_id","starts_at");--> statement-breakpoint
CREATE INDEX "registration_visits_visit_idx" ON "registration_visits" USING btree ("visit_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_active_email_idx" ON "registrations" USING btree ("event_id","email_normalized") WHERE status in ('pending', 'confirmed', 'waitlisted');--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_idempotency_idx" ON "registrations" USING btree ("event_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "registrations_event_status_idx" ON "registrations" USING btree ("event_id","status","created_at");--> statement-breakpoint
CREATE INDEX "registrations_event_country_idx" ON "registrations" USING btree ("event_id","country");--> statement-breakpoint
CREATE INDEX "registrations_event_delegation_idx" ON "registrations" USING btree ("event_id","delegation_type");--> statement-breakpoint
CREATE INDEX "registrations_event_checkin_idx" ON "registrations" USING btree ("event_id","checked_in_at");--> statement-breakpoint
CREATE INDEX "registrations_event_created_idx" ON "registrations" USING btree ("event_id","created_at");--> statement-breakpoint
CREATE INDEX "sessions_organizer_idx" ON "sessions" USING btree ("organizer_id");--> statement-breakpoint
CREATE INDEX "visits_event_idx" ON "visits" USING btree ("event_id","position");