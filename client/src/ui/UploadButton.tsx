import { Button, FileButton, Text, type MantineSize } from '@mantine/core';
import { useState } from 'react';

interface UploadButtonProps {
  /** The button's text ("+ Add photo"). */
  label: string;
  /** The line under the button: which files, how large. */
  hint: string;
  /** The file types the picker offers (an input's accept attribute). */
  accept: string;
  size: `compact-${MantineSize}`;
  /** Sends the chosen file; resolves to the message to show under it, or null when it worked. */
  upload: (file: File) => Promise<string | null>;
}

/**
 * "+ Add a file": a file picker as a light button (busy while uploading), its hint, and what
 * went wrong (role="alert"). A fragment, so the pieces line up in the caller's Stack.
 */
export function UploadButton({ label, hint, accept, size, upload }: UploadButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const pick = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    const problem = await upload(file);
    setBusy(false);
    if (problem) setError(problem);
  };

  return (
    <>
      <FileButton onChange={(file) => void pick(file)} accept={accept}>
        {(props) => (
          <Button {...props} variant="light" size={size} loading={busy}>
            {label}
          </Button>
        )}
      </FileButton>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
      {error && (
        <Text size="xs" c="var(--mantine-color-error)" role="alert">
          {error}
        </Text>
      )}
    </>
  );
}
