CREATE TABLE "invitation_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"details_sealed" text,
	"holder_initials" text,
	"nationality" text,
	"reference" text NOT NULL,
	"verification_code" text NOT NULL,
	"reason" text,
	"revision" integer DEFAULT 0 NOT NULL,
	"pdf_sealed" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_at" timestamp with time zone,
	"refused_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"expired_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitation_letters_registration_id_unique" UNIQUE("registration_id"),
	CONSTRAINT "invitation_letters_reference_unique" UNIQUE("reference"),
	CONSTRAINT "invitation_letters_verification_code_unique" UNIQUE("verification_code"),
	CONSTRAINT "invitation_letters_status_check" CHECK (status in ('requested', 'issued', 'refused', 'revoked', 'expired')),
	CONSTRAINT "invitation_letters_issued_check" CHECK ("invitation_letters"."status" <> 'issued' or "invitation_letters"."pdf_sealed" is not null)
);
--> statement-breakpoint
CREATE TABLE "letter_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"signatory_name" text,
	"signatory_title" jsonb,
	"signature_image" text,
	"signature_type" text,
	"seal_image" text,
	"seal_type" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "letter_settings_single_row" CHECK (id = 1)
);
--> statement-breakpoint
ALTER TABLE "invitation_letters" ADD CONSTRAINT "invitation_letters_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invitation_letters_status_idx" ON "invitation_letters" USING btree ("status","requested_at");