/**
 * A typed place where one module lets others contribute (Backstage's extension points, in small): the module that
 * owns the point declares it and reads its contributions; a module that contributes imports the owner's public
 * surface and calls `provide` from its own `index.ts`. So a reaction across modules (staff facts feeding the
 * services' rules, a chapter of the quality-system document) makes the arrow point one way: contributor → owner.
 *
 * Contributions are collected when the contributing module is loaded; `app.ts` loads every module, so by the time
 * a request runs, every point holds its contributions. Providing the same contribution twice has no effect.
 */
export interface ExtensionPoint<T> {
  readonly name: string;
  provide(contribution: T): void;
  /** Every contribution, in the order they were provided. */
  contributions(): readonly T[];
  /** The one contribution a point expects exactly one of; throws, naming the point, when none was provided. */
  one(): T;
}

export function createExtensionPoint<T>(name: string): ExtensionPoint<T> {
  const provided = new Set<T>();
  return {
    name,
    provide(contribution) {
      provided.add(contribution);
    },
    contributions: () => [...provided],
    one() {
      const [first] = provided;
      if (first === undefined) throw new Error(`no module provides the extension point ${name}`);
      return first;
    },
  };
}
