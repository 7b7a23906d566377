class A: pass; def f(): pass
