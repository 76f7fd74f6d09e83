"use client";

import { useActionState } from "react";
import { updateSettingsAction } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/forms/form-state";
import type { TUserSettings } from "@/lib/validations/settings";

export function SettingsForm({ settings }: { settings: TUserSettings }) {
  const [state, action, pending] = useActionState(updateSettingsAction, initialFormState);
  const v = (name: keyof TUserSettings, fallback: string) => state.values?.[name] ?? fallback;
  const e = state.errors ?? {};
  return (
    <form action={action} className="space-y-8" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">Scheduling (FSRS)</legend>
        <TextField
          label="Desired retention"
          name="desiredRetention"
          inputMode="decimal"
          defaultValue={v("desiredRetention", String(settings.desiredRetention))}
          error={e.desiredRetention}
          hint="The chance you want of recalling a card when it comes due, from 0.70 to 0.99. Higher means more reviews: 0.90 is a good balance; 0.95 roughly doubles your daily reviews, 0.80 halves them but you forget more."
        />
        <TextField label="Maximum interval (days)" name="maximumInterval" inputMode="numeric" defaultValue={v("maximumInterval", String(settings.maximumInterval))} error={e.maximumInterval} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Learning steps" name="learningSteps" defaultValue={v("learningSteps", settings.learningSteps)} error={e.learningSteps} hint="Like 1m 10m (m, h or d)." />
          <TextField label="Relearning steps" name="relearningSteps" defaultValue={v("relearningSteps", settings.relearningSteps)} error={e.relearningSteps} hint="After Again on a review, like 10m." />
        </div>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="enableFuzz" defaultChecked={settings.enableFuzz} className="h-4 w-4" /> Spread intervals slightly (fuzz), so cards learned together do not stay together
        </label>
        <TextAreaField
          label="FSRS parameters (optional)"
          name="fsrsWeights"
          rows={2}
          defaultValue={v("fsrsWeights", settings.fsrsWeights ? settings.fsrsWeights.join(", ") : "")}
          error={e.fsrsWeights}
          hint="17, 19 or 21 numbers, as Anki shows them after optimizing. Empty uses the defaults."
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">Daily limits</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="New cards per day" name="newPerDay" inputMode="numeric" defaultValue={v("newPerDay", String(settings.newPerDay))} error={e.newPerDay} />
          <TextField label="Reviews per day" name="reviewsPerDay" inputMode="numeric" defaultValue={v("reviewsPerDay", String(settings.reviewsPerDay))} error={e.reviewsPerDay} />
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">Your day</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Time zone" name="timeZone" defaultValue={v("timeZone", settings.timeZone)} error={e.timeZone} hint="Like Europe/Berlin or America/New_York." />
          <TextField label="Next day starts at (hour, 0–23)" name="dayStartHour" inputMode="numeric" defaultValue={v("dayStartHour", String(settings.dayStartHour))} error={e.dayStartHour} hint="4 means 4 AM, as in Anki." />
        </div>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
