/**
 * Collects the changes of one comparison. A change found inside a `$ref`'d component is one
 * Change, however many operations reach it: later visits only add their operation to it.
 */
import type { Loc } from '../load/spec.js';
import type { Change, ChangeClass, ChangeKind, OperationContext } from './types.js';

export const locKey = (loc: Loc): string => `${loc.doc.uri}#${loc.path.join('\u0001')}`;

export class ChangeSink {
  readonly changes: Change[] = [];
  private readonly byKey = new Map<string, Change>();

  add(
    op: OperationContext,
    kind: ChangeKind,
    cls: ChangeClass,
    args: Record<string, string | number>,
    oldLoc: Loc | null,
    newLoc: Loc,
  ): Change {
    const key = [kind, oldLoc ? locKey(oldLoc) : '', locKey(newLoc), JSON.stringify(args)].join('\u0000');
    let change = this.byKey.get(key);
    if (!change) {
      change = { kind, class: cls, args, old: oldLoc, new: newLoc, operations: [], sameMajor: false };
      this.byKey.set(key, change);
      this.changes.push(change);
    }
    this.reach(change, op);
    return change;
  }

  /** Records that `op` reaches `change` (a shared component compared once). */
  reach(change: Change, op: OperationContext): void {
    if (op.label !== null && !change.operations.includes(op.label)) change.operations.push(op.label);
    if (op.sameMajor) change.sameMajor = true;
    else if (op.newMajor && !change.newMajor) change.newMajor = op.newMajor;
  }
}
