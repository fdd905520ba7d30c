/** Types for dependencies that ship none. */
declare module 'wink-porter2-stemmer' {
  /** Porter2 stem of one lower-cased English word. */
  export default function stem(word: string): string;
}
