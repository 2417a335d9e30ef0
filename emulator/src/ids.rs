//! Identifiers and timestamps in the service's formats.
//!
//! - channel, friendship and subscription IDs: random UUID v4 strings;
//! - message IDs: 24 lowercase hex digits laid out like a MongoDB ObjectId (4 bytes of Unix
//!   seconds, 5 random bytes fixed per server, a 3-byte counter), so they are unique;
//! - `sort_id`: Unix epoch milliseconds as a string, strictly increasing per server;
//! - timestamps: ISO 8601 in UTC with a `+00:00` offset and no fraction.
//!
//! IDs need no cryptographic strength, so they come from a small generator (SplitMix64)
//! seeded once from the OS.

use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Utc};

/// Fills `buf` with OS randomness, falling back to a clock-seeded generator if the OS
/// source fails (it does not on supported platforms; the fallback only avoids a panic).
pub(crate) fn fill_random(buf: &mut [u8]) {
    if getrandom::fill(buf).is_err() {
        let nanos =
            SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or_default();
        let mut rng = SplitMix64(nanos as u64 ^ (buf.as_ptr() as u64));
        for chunk in buf.chunks_mut(8) {
            let bytes = rng.next().to_le_bytes();
            chunk.copy_from_slice(&bytes[..chunk.len()]);
        }
    }
}

/// `at` in the timestamp format of every response field, e.g. `2022-06-15T00:30:28+00:00`.
pub(crate) fn timestamp(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S+00:00").to_string()
}

/// SplitMix64: a tiny, fast, well-mixed generator.
#[derive(Debug)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Generator of every ID the emulator hands out. One per server, inside the database's lock.
#[derive(Debug)]
pub(crate) struct IdGen {
    rng: SplitMix64,
    object_id_random: [u8; 5],
    counter: u32,
    last_sort_ms: i64,
}

impl IdGen {
    pub(crate) fn new() -> Self {
        let mut seed = [0u8; 16];
        fill_random(&mut seed);
        let [a, b, c, d, e, f, g, h, i, j, k, l, m, ..] = seed;
        IdGen {
            rng: SplitMix64(u64::from_le_bytes([a, b, c, d, e, f, g, h])),
            object_id_random: [i, j, k, l, m],
            counter: u32::from_le_bytes([seed[13], seed[14], seed[15], 0]),
            last_sort_ms: 0,
        }
    }

    /// A random UUID v4 string, e.g. `5498fee1-bfdf-4d50-8017-0a3cd43f9c11`.
    pub(crate) fn uuid(&mut self) -> String {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&self.rng.next().to_be_bytes());
        bytes[8..].copy_from_slice(&self.rng.next().to_be_bytes());
        bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
        bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
        let hex = hex(&bytes);
        format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
    }

    /// A message ID: 24 lowercase hex digits.
    pub(crate) fn message_id(&mut self, at: DateTime<Utc>) -> String {
        self.counter = (self.counter + 1) & 0x00ff_ffff;
        let seconds = u32::try_from(at.timestamp()).unwrap_or_default();
        let mut bytes = [0u8; 12];
        bytes[..4].copy_from_slice(&seconds.to_be_bytes());
        bytes[4..9].copy_from_slice(&self.object_id_random);
        bytes[9..].copy_from_slice(&self.counter.to_be_bytes()[1..]);
        hex(&bytes)
    }

    /// Makes every later `sort_id` larger than `last_ms` (the newest one stored).
    pub(crate) fn continue_after(&mut self, last_ms: i64) {
        self.last_sort_ms = self.last_sort_ms.max(last_ms);
    }

    /// A `sort_id`: epoch milliseconds of `at`, bumped so that it always grows.
    pub(crate) fn sort_id(&mut self, at: DateTime<Utc>) -> String {
        self.last_sort_ms = at.timestamp_millis().max(self.last_sort_ms + 1);
        self.last_sort_ms.to_string()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let mut ids = IdGen::new();
        let uuid = ids.uuid();
        assert_eq!(uuid.len(), 36);
        assert_eq!(&uuid[14..15], "4");
        assert!(matches!(&uuid[19..20], "8" | "9" | "a" | "b"), "{uuid}");
        let at = Utc::now();
        let (first, second) = (ids.message_id(at), ids.message_id(at));
        assert_eq!(first.len(), 24);
        assert!(first.chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
        assert_ne!(first, second);
        let (a, b) = (ids.sort_id(at), ids.sort_id(at));
        assert!(b.parse::<i64>().ok() > a.parse::<i64>().ok());
        let fixed = DateTime::from_timestamp(1_655_253_028, 0).expect("valid time");
        assert_eq!(timestamp(fixed), "2022-06-15T00:30:28+00:00");
    }
}
