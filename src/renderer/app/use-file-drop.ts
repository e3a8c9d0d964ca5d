import { useEffect, useState } from 'react';
import { droppedFiles } from '../features/import/dropped-files';
import type { PickedFile } from '../platform/types';
import { errorMessage } from '../components/format';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Accepts files and folders dropped anywhere on the window; returns whether something is being dragged
 * over it (to show the drop overlay). Drops that carry no files (text, links) are left to the browser.
 */
export function useFileDrop(
  onFiles: (files: PickedFile[]) => void,
  onError: (message: string) => void,
): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed; counting them tells when the window is left.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setOver(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overWindow = (event: DragEvent) => {
      // Without preventDefault the browser would open the dropped file in place of the app.
      if (carriesFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      droppedFiles(event.dataTransfer).then(onFiles, (error: unknown) =>
        onError(`The dropped files could not be read: ${errorMessage(error)}`),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles, onError]);
  return over;
}
