/** What a form's server action returns: field errors and a form-level message (next-learn's shape). */
export type FormState = {
  ok?: boolean;
  errors?: Record<string, string>;
  message?: string;
  /** Submitted values to show again after a failure (never passwords). */
  values?: Record<string, string>;
};

export const initialFormState: FormState = {};
