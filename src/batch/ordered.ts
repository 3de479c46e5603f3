// Maps items through an async function with bounded concurrency, yielding results in input
// order as soon as each one and all before it are done (a slow file holds back only what
// follows it, and at most `concurrency` results wait in memory).

export async function* mapOrdered<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  concurrency: number,
  fn: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const limit = Math.max(1, concurrency);
  const pending: Array<Promise<R>> = [];
  for await (const item of items) {
    pending.push(fn(item));
    if (pending.length >= limit) yield await (pending.shift() as Promise<R>);
  }
  while (pending.length > 0) yield await (pending.shift() as Promise<R>);
}
