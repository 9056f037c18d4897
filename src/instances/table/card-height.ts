/** A phone card's fixed height in px (a table row's is 52): the row window's arithmetic stays exact. */
export const CARD_HEIGHT = 92
