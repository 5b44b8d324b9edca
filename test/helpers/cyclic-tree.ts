/** A log record shaped like a live object graph: a node that refers to itself, and a child (held twice) that refers to its parent. */
export interface TreeNode {
  name: string;
  note: string;
  self?: TreeNode;
  children: TreeNode[];
  parent?: TreeNode;
}

export function cyclicTree(secret: string): TreeNode {
  const root: TreeNode = { name: "root", note: `token ${secret} in the root`, children: [] };
  root.self = root;
  const child: TreeNode = { name: "child", note: `and ${secret} in a child`, children: [], parent: root };
  root.children.push(child, child);
  return root;
}
