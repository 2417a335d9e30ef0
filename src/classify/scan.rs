//! The envelope check's fast path: whether a body's top level could hold the vendor's error
//! envelope, answered from byte searches instead of a JSON parse (see [`Syntax`](super::Syntax)
//! for when the parse is skipped, and `benches/` for what it saves).

/// Whether `inspect` (the full check, in `classify.rs`) could find an envelope in `body`;
/// `false` only when it certainly would not. Reads the top level of an object and no more:
/// nested values are skipped by matching quotes and brackets, never parsed. Whatever it cannot
/// read cheaply (an escaped key, a body that is not an array or an object, one cut short)
/// answers `true`, leaving the decision to `inspect`.
pub(super) fn may_be_envelope(body: &[u8]) -> bool {
    let at = |i: usize| body.get(i).copied();
    let skip_space = |mut i: usize| {
        while at(i).is_some_and(|b| b.is_ascii_whitespace()) {
            i += 1;
        }
        i
    };
    let mut i = skip_space(0);
    match at(i) {
        Some(b'[') => return false,
        // The common case, in two SIMD searches: no key anywhere can be `status`, since the
        // body has neither the unescaped key nor any backslash to escape it with.
        Some(b'{')
            if memchr::memchr(b'\\', body).is_none()
                && memchr::memmem::find(body, b"\"status\"").is_none() =>
        {
            return false;
        }
        Some(b'{') => i += 1,
        _ => return true,
    }
    loop {
        i = skip_space(i);
        match at(i) {
            Some(b'}') => return false,
            Some(b'"') => {}
            _ => return true,
        }
        let Some(key_end) = string_end(body, i) else {
            return true;
        };
        let key = &body[i + 1..key_end - 1];
        i = skip_space(key_end);
        if at(i) != Some(b':') || key.contains(&b'\\') {
            return true;
        }
        let start = skip_space(i + 1);
        let Some(end) = value_end(body, start) else {
            return true;
        };
        // `1` is the only spelling of the integer 1; `1.0`, `-0` and the like go to `inspect`.
        let value = &body[start..end];
        if key == b"status" && value != b"1" && matches!(value.first(), Some(b'-' | b'0'..=b'9')) {
            return true;
        }
        i = skip_space(end);
        match at(i) {
            Some(b',') => i += 1,
            Some(b'}') => return false,
            _ => return true,
        }
    }
}

/// The index just past the string starting at `body[start]` (a `"`).
fn string_end(body: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    loop {
        // Strings are most of a body's bytes: `memchr2` jumps over them.
        i += memchr::memchr2(b'"', b'\\', body.get(i..)?)?;
        match body[i] {
            b'"' => return Some(i + 1),
            _ => i += 2,
        }
    }
}

/// The index just past the value starting at `body[start]`: a string, an object or array
/// (brackets counted, strings inside skipped), or any other token up to a delimiter.
fn value_end(body: &[u8], start: usize) -> Option<usize> {
    match body.get(start)? {
        b'"' => string_end(body, start),
        b'{' | b'[' => {
            let (mut depth, mut i) = (0usize, start);
            loop {
                match body.get(i)? {
                    b'"' => i = string_end(body, i)?,
                    b'{' | b'[' => {
                        depth += 1;
                        i += 1;
                    }
                    b'}' | b']' => {
                        depth -= 1;
                        i += 1;
                        if depth == 0 {
                            return Some(i);
                        }
                    }
                    _ => i += 1,
                }
            }
        }
        _ => Some(
            body[start..]
                .iter()
                .position(|b| matches!(b, b',' | b'}' | b']') || b.is_ascii_whitespace())
                .map_or(body.len(), |n| start + n),
        ),
    }
}
