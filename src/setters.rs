//! [`setters!`], the builder-style setters of the configuration types, written once.

/// For each `$(#[doc])* name(arg: Type) = value;`, a public
/// `fn name(mut self, arg: Type) -> Self` that stores `value` in the field `name`.
macro_rules! setters {
    ($($(#[$attr:meta])* $name:ident($arg:ident: $ty:ty) = $value:expr;)*) => {$(
        $(#[$attr])*
        pub fn $name(mut self, $arg: $ty) -> Self {
            self.$name = $value;
            self
        }
    )*};
}

pub(crate) use setters;
