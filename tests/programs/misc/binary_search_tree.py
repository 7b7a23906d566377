# a binary search tree with insert, delete, traversal and iteration protocol
class Node:
    __slots__ = ("key", "left", "right")
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
class BST:
    def __init__(self, keys=()):
        self.root, self.size = None, 0
        for k in keys:
            self.insert(k)
    def insert(self, key):
        link, node = None, self.root
        if node is None:
            self.root = Node(key)
            self.size += 1
            return True
        while True:
            if key == node.key:
                return False
            side = "left" if key < node.key else "right"
            nxt = getattr(node, side)
            if nxt is None:
                setattr(node, side, Node(key))
                self.size += 1
                return True
            node = nxt
    def _delete(self, node, key):
        if node is None:
            raise KeyError(key)
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        else:
            if node.left is None or node.right is None:
                return node.left or node.right
            succ = node.right
            while succ.left:
                succ = succ.left
            node.key = succ.key
            node.right = self._delete(node.right, succ.key)
        return node
    def delete(self, key):
        self.root = self._delete(self.root, key)
        self.size -= 1
    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right
    def __len__(self):
        return self.size
    def __contains__(self, key):
        node = self.root
        while node and node.key != key:
            node = node.left if key < node.key else node.right
        return node is not None
    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))
t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(list(t), len(t), t.height(), 45 in t, 46 in t, t.insert(45), t.insert(46), len(t))
for k in [20, 30, 50, 46]:
    t.delete(k)
    print("deleted", k, list(t), len(t), t.height(), t.root.key)
try:
    t.delete(999)
except KeyError as e:
    print(type(e).__name__, e)
skewed = BST(range(10))
print(skewed.height(), list(skewed) == list(range(10)), sum(skewed), max(skewed), sorted(skewed, reverse=True)[:3])
