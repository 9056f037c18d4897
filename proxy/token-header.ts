/** The request header in which the SPA hands its token to the proxy (never a cookie, never the URL). */
export const TOKEN_HEADER = 'x-hpcai-token'
