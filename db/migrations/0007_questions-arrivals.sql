CREATE TABLE "event_form_settings" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"asks_travel" boolean DEFAULT false NOT NULL,
	"arrivals_printed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "event_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"kind" text NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"delegation_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"label" jsonb NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"archived_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_questions_kind_check" CHECK (kind in ('shortText', 'longText', 'oneChoice', 'manyChoices', 'yesNo', 'date'))
);
--> statement-breakpoint
CREATE TABLE "registration_answers" (
	"registration_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_answers_registration_id_question_id_pk" PRIMARY KEY("registration_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "registration_travel" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"arrival_date" text,
	"arrival_time" text,
	"arrival_carrier" text,
	"arrival_place" text,
	"departure_date" text,
	"departure_time" text,
	"departure_carrier" text,
	"departure_place" text,
	"pickup" boolean DEFAULT false NOT NULL,
	"room" text DEFAULT 'none' NOT NULL,
	"nights" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_travel_room_check" CHECK (room in ('none', 'single', 'shared')),
	CONSTRAINT "registration_travel_nights_check" CHECK ("registration_travel"."nights" >= 0 and "registration_travel"."nights" <= 60)
);
--> statement-breakpoint
ALTER TABLE "event_form_settings" ADD CONSTRAINT "event_form_settings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_questions" ADD CONSTRAINT "event_questions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_answers" ADD CONSTRAINT "registration_answers_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_answers" ADD CONSTRAINT "registration_answers_question_id_event_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."event_questions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_travel" ADD CONSTRAINT "registration_travel_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_questions_event_idx" ON "event_questions" USING btree ("event_id","position");--> statement-breakpoint
CREATE INDEX "registration_answers_question_idx" ON "registration_answers" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "registration_travel_arrival_idx" ON "registration_travel" USING btree ("arrival_date");