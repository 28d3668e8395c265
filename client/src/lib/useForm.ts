import { useState, type ChangeEvent, type FormEvent } from 'react';

export type FormErrors<V> = Partial<Record<keyof V, string>>;

/** A check per field: the message under it, or null when the value may be sent. */
export type FormRules<V> = {
  [K in keyof V]?: (value: V[K], values: V) => string | null | undefined;
};

/**
 * A form's values and the messages under its fields. The rules run on submit (every field at
 * once, as the portal's forms always did); the server's answers can set messages too.
 */
export function useForm<V extends object>(initialValues: V, rules: FormRules<V>) {
  const [values, setValues] = useState<V>(initialValues);
  const [errors, setErrors] = useState<FormErrors<V>>({});

  const setValue = <K extends keyof V>(key: K, value: V[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  /** Runs every rule; shows and returns the messages (none: the form may be sent). */
  const validate = (): FormErrors<V> => {
    const found: FormErrors<V> = {};
    for (const key of Object.keys(rules) as Array<keyof V>) {
      const message = rules[key]?.(values[key], values);
      if (message) found[key] = message;
    }
    setErrors(found);
    return found;
  };

  /**
   * The form's onSubmit: `first` runs on every attempt (e.g. to clear the summary alert),
   * `send` only when every rule passes.
   */
  const onSubmit = (send: (values: V) => unknown, first?: () => void) => (event: FormEvent) => {
    event.preventDefault();
    first?.();
    if (Object.keys(validate()).length === 0) void send(values);
  };

  /** value, onChange and error of a text input (TextInput, PasswordInput, Textarea …). */
  const text = <K extends keyof V>(key: K) => ({
    value: values[key] as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setValue(key, event.currentTarget.value as V[K]),
    error: errors[key],
  });

  return { values, errors, setValue, setValues, setErrors, validate, onSubmit, text };
}
