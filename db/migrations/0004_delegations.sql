CREATE TABLE "delegations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"name" text NOT NULL,
	"organization" text NOT NULL,
	"country" text NOT NULL,
	"head_registration_id" uuid,
	"token_version" integer DEFAULT 1 NOT NULL,
	"management_token_hash" text NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "delegations_management_token_hash_unique" UNIQUE("management_token_hash"),
	CONSTRAINT "delegations_country_check" CHECK ("delegations"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
DROP INDEX "registrations_active_email_idx";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "delegation_overflow" text DEFAULT 'waitlistAll' NOT NULL;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "delegation_id" uuid;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "email_from_head" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "delegations_idempotency_idx" ON "delegations" USING btree ("event_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "delegations_event_idx" ON "delegations" USING btree ("event_id","created_at");--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registrations_delegation_idx" ON "registrations" USING btree ("delegation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_active_email_idx" ON "registrations" USING btree ("event_id","email_normalized") WHERE status in ('pending', 'confirmed', 'waitlisted') and not email_from_head;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_delegation_overflow_check" CHECK (delegation_overflow in ('waitlistAll', 'fillThenWaitlist'));