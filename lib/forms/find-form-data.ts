/**
 * The FormData among a form action's arguments. React calls an action made for useActionState as
 * `(previousState, formData)`, but a form posted without JavaScript to the action's plain id calls it as
 * `(formData)`, and a hand-made request can send anything: the form is whichever argument is one, the
 * last one first; null when none is.
 *
 * @example findFormData([{}, form]) === form; findFormData([form]) === form; findFormData([{}, "x"]) === null
 */
export function findFormData(args: readonly unknown[]): FormData | null {
  for (let i = args.length - 1; i >= 0; i--) if (args[i] instanceof FormData) return args[i] as FormData;
  return null;
}

/** What a form action answers when it was sent no form at all. */
export const NO_FORM_MESSAGE = "The form did not arrive. Please fill it in and send it again.";
