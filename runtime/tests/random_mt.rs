//! Checks `krait_runtime::mt19937` against CPython's `random` module, from
//! runtime/tests/data/random_cases.txt (written by
//! tests/scripts/gen_random_expected.py): floats bit for bit, ints exactly.

use krait_runtime::mt19937::Mt19937;
use num_bigint::BigInt;

/// Parses Python's `float.hex` output for values in [0, 1).
fn parse_hex_float(s: &str) -> f64 {
    let body = s.strip_prefix("0x").expect("hex float");
    let (mant, exp) = body.split_once('p').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent value");
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let mut frac_bits: u64 = 0;
    for (i, c) in frac.chars().enumerate() {
        frac_bits |= (c.to_digit(16).expect("hex digit") as u64) << (48 - 4 * i as u32);
    }
    if int_part == "1" {
        f64::from_bits((((exp + 1023) as u64) << 52) | frac_bits)
    } else {
        0.0
    }
}

fn seeded(spec: &str) -> Mt19937 {
    let mut mt = Mt19937::new();
    if let Some(n) = spec.strip_prefix("i:") {
        mt.seed_from_int(&n.parse::<BigInt>().expect("int seed"));
    } else if let Some(hex) = spec.strip_prefix("b:") {
        let bytes: Vec<u8> = (0..hex.len() / 2)
            .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).expect("hex byte"))
            .collect();
        mt.seed_from_bytes(&bytes);
    } else {
        panic!("bad seed {spec}");
    }
    mt
}

fn check_line(line: &str) -> Result<(), String> {
    let mut parts = line.splitn(3, '|');
    let (seed, what, values) = match (parts.next(), parts.next(), parts.next()) {
        (Some(s), Some(w), Some(v)) => (s, w, v),
        _ => return Err(format!("bad line {line}")),
    };
    let expected: Vec<&str> = values.split(',').collect();
    let mut mt = seeded(seed);
    let got: Vec<String> = if what == "random" {
        let want: Vec<f64> = expected.iter().map(|s| parse_hex_float(s)).collect();
        let got: Vec<f64> = (0..want.len()).map(|_| mt.random()).collect();
        if got
            .iter()
            .zip(&want)
            .all(|(a, b)| a.to_bits() == b.to_bits())
        {
            return Ok(());
        }
        return Err(format!("{seed} random: got {got:?}, want {want:?}"));
    } else if let Some(k) = what.strip_prefix("getrandbits:") {
        let k: u64 = k.parse().expect("k");
        (0..expected.len())
            .map(|_| mt.getrandbits(k).to_string())
            .collect()
    } else if let Some(n) = what.strip_prefix("randbelow:") {
        let n: BigInt = n.parse().expect("n");
        (0..expected.len())
            .map(|_| mt.randbelow(&n).to_string())
            .collect()
    } else if what == "state" {
        mt.getstate().iter().map(|w| w.to_string()).collect()
    } else if what == "mixed" {
        let mut out = Vec::new();
        for chunk in expected.chunks(4) {
            let a = mt.random();
            let b = mt.getrandbits(33);
            let c = mt.random();
            let d = mt.getrandbits(7);
            if a.to_bits() != parse_hex_float(chunk[0]).to_bits()
                || c.to_bits() != parse_hex_float(chunk[2]).to_bits()
            {
                return Err(format!("{seed} mixed: float mismatch at {chunk:?}"));
            }
            out.extend([
                chunk[0].to_string(),
                b.to_string(),
                chunk[2].to_string(),
                d.to_string(),
            ]);
        }
        out
    } else {
        return Err(format!("unknown check {what}"));
    };
    if got.iter().map(String::as_str).eq(expected.iter().copied()) {
        Ok(())
    } else {
        Err(format!("{seed} {what}: got {got:?}, want {expected:?}"))
    }
}

#[test]
fn mt19937_matches_cpython() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/random_cases.txt");
    let text = std::fs::read_to_string(path).expect("run tests/scripts/gen_random_expected.py");
    let mut total = 0;
    let mut failures = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        total += 1;
        if let Err(e) = check_line(line) {
            failures.push(e);
        }
    }
    println!(
        "random cases: {} passed, {} failed, {} total",
        total - failures.len(),
        failures.len(),
        total
    );
    for f in failures.iter().take(10) {
        println!("  {}", &f[..f.len().min(400)]);
    }
    assert!(failures.is_empty());
}

#[test]
fn state_round_trip_and_errors() {
    let mut a = seeded("i:42");
    for _ in 0..1000 {
        a.next_u32();
    }
    let saved = a.getstate();
    let first: Vec<u32> = (0..700).map(|_| a.next_u32()).collect();
    let mut b = Mt19937::new();
    b.setstate(&saved).expect("valid state");
    let again: Vec<u32> = (0..700).map(|_| b.next_u32()).collect();
    assert_eq!(first, again);

    let err = b.setstate(&saved[..10]).unwrap_err();
    assert_eq!(err.msg, "state vector is the wrong size");
    let mut bad = saved.clone();
    bad[624] = 625;
    assert_eq!(b.setstate(&bad).unwrap_err().msg, "invalid state");
    assert_eq!(
        b.setstate_with_index(&saved[..624], -1).unwrap_err().msg,
        "invalid state"
    );
    assert_eq!(
        b.getrandbits_checked(&BigInt::from(-1)).unwrap_err().msg,
        "number of bits must be non-negative"
    );
    assert_eq!(
        b.getrandbits_checked(&BigInt::from(1u64 << 31))
            .unwrap_err()
            .msg,
        "Python int too large to convert to C int"
    );
    // Entropy seeding works and gives different streams.
    let mut c = Mt19937::new();
    let mut d = Mt19937::new();
    c.seed_from_entropy();
    d.seed_from_entropy();
    assert_ne!(c.getrandbits(128), d.getrandbits(128));
}
