/** Hides a part on a phone until its PhoneToggle opens it; wider layouts always show it, in place. */
export const phonePanelClass = (open: boolean) => `md:contents ${open ? 'flex' : 'max-md:hidden'}`
