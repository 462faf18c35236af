/** The same keys as the English catalogue, each a string: Russian must have every one. */
export type CatalogueShape<T> = { [K in keyof T]: T[K] extends string ? string : CatalogueShape<T[K]> };
