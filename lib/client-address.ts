/**
 * The address of the connection a request came in on, as the HTTP server saw it. The server hook
 * (lib/server) deletes whatever a client sent under this name and writes the socket's address,
 * so code behind it may trust this header where X-Forwarded-For is whatever the client typed.
 */
export const CLIENT_ADDRESS_HEADER = 'x-alwafd-client-address';
