/** The current time in seconds since 1970 UTC, as every storage and core call takes it (`now` is a parameter there). */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
