café = 1
名前 = 'name'
ﬁle = 2
ℌello = 3
Ω = 4
x_ñ = café + ﬁle
def 関数(引数): return 引数
class Ünïcödé: pass
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 5
