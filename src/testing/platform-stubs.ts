/**
 * jsdom has neither `<dialog>.showModal()` nor the popover API. These stand-ins do what the
 * component tests rely on: showModal/close, Escape as the dialog's `cancel`, popovers toggled by
 * their `popovertarget` button with a `toggle` event, shown while open, closed by Escape with
 * focus back on the button. The real behaviour (top layer, inert page, light dismiss) is e2e's.
 */
const invokers = new WeakMap<HTMLElement, HTMLElement>()
const openPopovers: HTMLElement[] = []

function toggleEvent(newState: 'open' | 'closed'): Event {
  const event = new Event('toggle')
  Object.defineProperty(event, 'newState', { value: newState })
  return event
}

function showPopover(this: HTMLElement): void {
  if (openPopovers.includes(this)) return
  openPopovers.push(this)
  // jsdom hides [popover]:not(:popover-open), a state it never sets: shown inline instead.
  this.style.display = 'block'
  this.dispatchEvent(toggleEvent('open'))
}

function hidePopover(this: HTMLElement): void {
  const index = openPopovers.indexOf(this)
  if (index < 0) return
  openPopovers.splice(index, 1)
  this.style.removeProperty('display')
  this.dispatchEvent(toggleEvent('closed'))
  if (this.contains(document.activeElement) || document.activeElement === document.body)
    invokers.get(this)?.focus()
}

export function installPlatformStubs(): void {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
  HTMLElement.prototype.showPopover = showPopover
  HTMLElement.prototype.hidePopover = hidePopover
  HTMLElement.prototype.togglePopover = function (this: HTMLElement) {
    if (openPopovers.includes(this)) hidePopover.call(this)
    else showPopover.call(this)
    return openPopovers.includes(this)
  }
  document.addEventListener('click', (event) => {
    const invoker = (event.target as Element).closest<HTMLElement>('[popovertarget]')
    const target = invoker && document.getElementById(invoker.getAttribute('popovertarget') ?? '')
    if (!invoker || !target || event.defaultPrevented) return
    invokers.set(target, invoker)
    target.togglePopover()
  })
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    const popover = openPopovers.at(-1)
    if (popover) return hidePopover.call(popover)
    const dialog = [...document.querySelectorAll('dialog[open]')].at(-1)
    if (dialog?.dispatchEvent(new Event('cancel', { cancelable: true })))
      (dialog as HTMLDialogElement).close()
  })
}
