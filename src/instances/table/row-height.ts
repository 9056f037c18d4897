/** A table row's fixed height in px (a phone card's is CARD_HEIGHT): the row window's arithmetic stays exact. */
export const ROW_HEIGHT = 52
