//! One problem found in the spec, printed as one line: `<where>: <what>`.

use std::fmt;

/// A problem found by a check: the place at fault and what is wrong there.
///
/// Problems order by location first, so a report groups the lines of one operation or schema.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// The place at fault, e.g. `operation list_users (GET /v1/api/members)` or `schema Member`.
    pub location: String,
    /// What is wrong there.
    pub message: String,
}

impl Problem {
    /// A problem at `location`.
    pub fn new(location: impl Into<String>, message: impl Into<String>) -> Self {
        Self { location: location.into(), message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}
