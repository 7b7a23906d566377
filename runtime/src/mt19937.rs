//! The Mersenne Twister (MT19937) exactly as CPython's `_random` module uses
//! it, so that a Krait program seeded like a CPython one draws the same
//! numbers: the reference `init_genrand`/`init_by_array` seeding of
//! Matsumoto and Nishimura, CPython's mapping of seeds (ints of any size,
//! str/bytes via SHA-512) to key arrays, 53-bit floats from two draws, and
//! `getrandbits` filling 32-bit words from least significant up.
//!
//! The Python layer (`random.py`) builds every distribution on `random()`,
//! `getrandbits()` and the state functions here.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, Zero};
use sha2::{Digest, Sha512};

use crate::mathlib::MathError;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// One Mersenne Twister generator: 624 words of state and the position of
/// the next word to temper.
#[derive(Clone, Debug)]
pub struct Mt19937 {
    state: [u32; N],
    /// Next word to use; `N` means the state must be regenerated first.
    index: usize,
}

impl Default for Mt19937 {
    fn default() -> Self {
        Mt19937::new()
    }
}

impl Mt19937 {
    /// A generator seeded as `init_genrand(5489)` (the reference default);
    /// Python code always reseeds before use.
    pub fn new() -> Mt19937 {
        let mut mt = Mt19937 {
            state: [0; N],
            index: N,
        };
        mt.init_genrand(5489);
        mt
    }

    /// Seeds from one 32-bit word (reference `init_genrand`).
    pub fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeds from an array of 32-bit words (reference `init_by_array`).
    /// CPython never passes an empty key; one is treated as `[0]`.
    pub fn init_by_array(&mut self, key: &[u32]) {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let mut i = 1;
        let mut j = 0;
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000; // MSB is 1, assuring a non-zero initial array
    }

    /// Regenerates all 624 words (the "twist").
    fn twist(&mut self) {
        let mt = &mut self.state;
        let mix = |upper: u32, lower: u32| {
            let y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
            (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
        };
        for k in 0..N - M {
            mt[k] = mt[k + M] ^ mix(mt[k], mt[k + 1]);
        }
        for k in N - M..N - 1 {
            mt[k] = mt[k + M - N] ^ mix(mt[k], mt[k + 1]);
        }
        mt[N - 1] = mt[M - 1] ^ mix(mt[N - 1], mt[0]);
        self.index = 0;
    }

    /// The next 32 random bits (reference `genrand_int32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: a float in [0, 1) with 53 random bits, from the top 27
    /// bits of one draw and the top 26 of the next.
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`: an int of k random bits. Words are drawn least
    /// significant first; the last (most significant) one keeps only its top
    /// bits. k <= 32 uses the top k bits of a single draw.
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k == 0 {
            return BigInt::zero();
        }
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let words = (k - 1) / 32 + 1;
        let mut digits = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_biguint(Sign::Plus, BigUint::new(digits))
    }

    /// `getrandbits(k)` for a Python int k, with CPython's error for k < 0.
    pub fn getrandbits_checked(&mut self, k: &BigInt) -> Result<BigInt, MathError> {
        if k.is_negative() {
            return Err(MathError::value("number of bits must be non-negative"));
        }
        let Some(k) = num_traits::ToPrimitive::to_u64(k) else {
            return Err(MathError::overflow(
                "Python int too large to convert to C int",
            ));
        };
        if k > i32::MAX as u64 {
            return Err(MathError::overflow(
                "Python int too large to convert to C int",
            ));
        }
        Ok(self.getrandbits(k))
    }

    /// A random int in `[0, n)` for n > 0 (0 for n <= 0), drawing
    /// `n.bit_length()` bits and retrying while the draw is >= n, as
    /// `Random._randbelow_with_getrandbits`.
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if !n.is_positive() {
            return BigInt::zero();
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// `seed(n)` for an int n (for other hashable seeds CPython uses
    /// `hash(seed)`): the absolute value's 32-bit words, least significant
    /// first, feed `init_by_array`; 0 gives the key `[0]`.
    pub fn seed_from_int(&mut self, n: &BigInt) {
        let mut key = n.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    /// `random.seed(s)` (version 2) for a str (pass its UTF-8 encoding),
    /// bytes or bytearray: the seed is the big-endian int of
    /// `s + sha512(s).digest()`.
    pub fn seed_from_bytes(&mut self, s: &[u8]) {
        let mut all = s.to_vec();
        all.extend_from_slice(&Sha512::digest(s));
        let n = BigInt::from_bytes_be(Sign::Plus, &all);
        self.seed_from_int(&n);
    }

    /// `seed(None)`: 624 words from the operating system's entropy source,
    /// falling back to the clock and the process id if that is unavailable.
    pub fn seed_from_entropy(&mut self) {
        let mut bytes = vec![0u8; N * 4];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
            .is_ok();
        if ok {
            let key: Vec<u32> = bytes
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            self.init_by_array(&key);
        } else {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            let key = [
                now as u32,
                (now >> 32) as u32,
                (now >> 64) as u32,
                std::process::id(),
            ];
            self.init_by_array(&key);
        }
    }

    /// `getstate()`: the 624 state words followed by the index (625 values;
    /// Python shows them as a tuple of ints).
    pub fn getstate(&self) -> Vec<u32> {
        let mut v = self.state.to_vec();
        v.push(self.index as u32);
        v
    }

    /// `setstate(state)` from 625 values as [`Mt19937::getstate`] returns
    /// them (the caller has checked it got a tuple of ints and truncated
    /// each to 32 bits, as CPython does). The index must be in 0..=624.
    pub fn setstate(&mut self, state: &[u32]) -> Result<(), MathError> {
        if state.len() != N + 1 {
            return Err(MathError::value("state vector is the wrong size"));
        }
        let index = state[N] as usize;
        if index > N {
            return Err(MathError::value("invalid state"));
        }
        self.state.copy_from_slice(&state[..N]);
        self.index = index;
        Ok(())
    }

    /// Like [`Mt19937::setstate`] but with the index as a Python int, so a
    /// negative or huge one gives CPython's `ValueError("invalid state")`.
    pub fn setstate_with_index(&mut self, words: &[u32], index: i64) -> Result<(), MathError> {
        if words.len() != N {
            return Err(MathError::value("state vector is the wrong size"));
        }
        if !(0..=N as i64).contains(&index) {
            return Err(MathError::value("invalid state"));
        }
        self.state.copy_from_slice(words);
        self.index = index as usize;
        Ok(())
    }
}
