CREATE TABLE "access_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"code" text NOT NULL,
	"organization" text NOT NULL,
	"quota" integer NOT NULL,
	"max_delegation_size" integer,
	"revoked_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "access_codes_code_unique" UNIQUE("code"),
	CONSTRAINT "access_codes_quota_check" CHECK ("access_codes"."quota" > 0),
	CONSTRAINT "access_codes_size_check" CHECK ("access_codes"."max_delegation_size" is null or "access_codes"."max_delegation_size" > 0)
);
--> statement-breakpoint
CREATE TABLE "co_host_events" (
	"organizer_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "co_host_events_organizer_id_event_id_pk" PRIMARY KEY("organizer_id","event_id")
);
--> statement-breakpoint
ALTER TABLE "organizers" DROP CONSTRAINT "organizers_role_check";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "invite_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "access_code_id" uuid;--> statement-breakpoint
ALTER TABLE "access_codes" ADD CONSTRAINT "access_codes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_codes" ADD CONSTRAINT "access_codes_created_by_organizers_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."organizers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_host_events" ADD CONSTRAINT "co_host_events_organizer_id_organizers_id_fk" FOREIGN KEY ("organizer_id") REFERENCES "public"."organizers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_host_events" ADD CONSTRAINT "co_host_events_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_codes_event_idx" ON "access_codes" USING btree ("event_id","created_at");--> statement-breakpoint
CREATE INDEX "co_host_events_event_idx" ON "co_host_events" USING btree ("event_id");--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_access_code_id_access_codes_id_fk" FOREIGN KEY ("access_code_id") REFERENCES "public"."access_codes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registrations_access_code_idx" ON "registrations" USING btree ("access_code_id","status");--> statement-breakpoint
ALTER TABLE "organizers" ADD CONSTRAINT "organizers_role_check" CHECK (role in ('admin', 'organizer', 'checkin', 'cohost'));