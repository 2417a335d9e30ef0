//! [`ListOption`] and [`MessageListOption`], the typed `option` parameter of the list
//! operations. Unlike `filter` and `sort`, an option can break the spec's rules (a page size
//! outside 1..=100), so it becomes text through the fallible `to_json`, which applies the same
//! generated rows as the request check.

use schemars::JsonSchema;
use serde::Serialize;

use super::json_text;
use crate::error::{Error, Result};
use crate::setters::setters;

/// Declares an option type: its fields (each `Option`, left out when unset), their setters,
/// and `to_json`, checked against the rows the spec gives the `option` of `$operation`.
macro_rules! list_option {
    (
        $(#[$doc:meta])* $name:ident for $operation:literal {
            $($(#[$field_attr:meta])* $field:ident: $ty:ty,
              $(#[$setter_doc:meta])*;)*
        }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
        #[schemars(deny_unknown_fields)] // the spec's `additionalProperties: false`
        pub struct $name {
            $(
                $(#[$field_attr])*
                #[serde(skip_serializing_if = "Option::is_none")]
                $field: Option<$ty>,
            )*
        }

        impl $name {
            /// No option set (`{}`).
            pub fn new() -> Self {
                Self::default()
            }

            setters! {
                $($(#[$setter_doc])* $field($field: $ty) = Some($field);)*
            }

            /// The JSON text for the `option` parameter, e.g. `{"offset":0,"per_page":20}`.
            ///
            /// # Errors
            ///
            /// [`Error::InvalidRequest`] when `per_page` is outside 1..=100 (the spec's rule,
            /// checked by the same table as every request).
            pub fn to_json(&self) -> Result<String> {
                let text = json_text(self);
                crate::validate::check_json_parameter($operation, "option", &text)
                    .map_err(Error::InvalidRequest)?;
                Ok(text)
            }
        }
    };
}

list_option! {
    /// The `option` parameter of List users, List channels and List channel subscriptions.
    ///
    /// Unset fields are left out, so the service's (undocumented) defaults apply. Turn it into
    /// the parameter with [`to_json`](Self::to_json), which validates it.
    ListOption for "list_users" {
        /// Index of the first item to return.
        offset: u64,
        /// Starts at item `offset` (0-based).
        ;
        /// Page size, 1 to 100.
        #[schemars(range(min = 1, max = 100))]
        per_page: u32,
        /// Asks for pages of `per_page` items; must be 1 to 100 (checked by `to_json`).
        ;
        /// When true, return `{"count": n}` instead of the items.
        count: bool,
        /// With `true`, the service returns `{"count": n}` instead of the items.
        ;
    }
}

list_option! {
    /// The `option` parameter of List messages: like [`ListOption`] without `count`, which
    /// the vendor does not document for messages.
    MessageListOption for "list_messages" {
        /// Index of the first item to return.
        offset: u64,
        /// Starts at message `offset` (0-based).
        ;
        /// Page size, 1 to 100.
        #[schemars(range(min = 1, max = 100))]
        per_page: u32,
        /// Asks for pages of `per_page` messages; must be 1 to 100 (checked by `to_json`).
        ;
    }
}
