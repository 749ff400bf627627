import { useRef, useState, type FormEvent } from 'react';
import type { CombinedError } from '@urql/core';
import { serverErrors, type ServerError } from './errors';
import { invalidField } from './forms';

/**
 * A form that uploads one chosen file (a GraphQL multipart request). With no
 * file chosen it says missing, under field "file"; a refusal is kept as the
 * server sent it. Either way the focus goes back to the file input, whose
 * error the form shows. After an upload the choice is cleared, also in the
 * native input, so the same file can be chosen again, and onDone is called.
 */
export function useFileUpload(send: (file: File) => Promise<{ error?: CombinedError }>, missing: string, onDone: () => void) {
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<ServerError[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) {
      setErrors([invalidField('file', missing)]);
      inputRef.current?.focus();
      return;
    }
    const res = await send(file);
    if (res.error) {
      setErrors(serverErrors(res.error));
      inputRef.current?.focus();
      return;
    }
    setErrors([]);
    setFile(null);
    if (inputRef.current) inputRef.current.value = '';
    onDone();
  }

  return { file, setFile, errors, inputRef, submit };
}
