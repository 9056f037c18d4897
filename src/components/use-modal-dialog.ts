import { useEffectEvent, useLayoutEffect, type RefObject } from 'react'

/**
 * Shows a `<dialog>` as a modal for as long as it is mounted: the platform keeps focus inside it,
 * makes the page behind it inert, puts it in the top layer and returns focus on close. Escape
 * (the dialog's `cancel`) and a click on the backdrop ask `onClose`; the caller unmounts it.
 */
export function useModalDialog(
  ref: RefObject<HTMLDialogElement | null>,
  onClose: () => void,
): void {
  const close = useEffectEvent(onClose)
  // A layout effect, so that close() runs while the dialog is still in the page: the browser
  // then gives focus back to what had it before the dialog opened.
  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (!dialog.open) dialog.showModal()
    const onCancel = (event: Event) => {
      event.preventDefault()
      close()
    }
    const onClick = (event: MouseEvent) => {
      // The backdrop is the dialog's own box beyond its content: a click there targets the dialog.
      if (event.target !== dialog) return
      const box = dialog.getBoundingClientRect()
      const inside =
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom
      if (!inside) close()
    }
    dialog.addEventListener('cancel', onCancel)
    dialog.addEventListener('click', onClick)
    return () => {
      dialog.removeEventListener('cancel', onCancel)
      dialog.removeEventListener('click', onClick)
      dialog.close()
    }
  }, [ref])
}

/** True while a modal dialog is open: page-level shortcuts stay out of the way then. */
export function isModalOpen(): boolean {
  return document.querySelector('dialog:modal') !== null
}
