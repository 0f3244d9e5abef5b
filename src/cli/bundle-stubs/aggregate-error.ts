/** Stands for the es-aggregate-error polyfill in the command line's bundle: Node has `AggregateError` built in. */
export default AggregateError;
