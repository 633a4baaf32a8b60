//! What progenitor's request builders become on the public API: progenitor 0.15 writes them
//! without doc comments, with a public `send()` beside this crate's `execute()`, with setters typed
//! as the schema reads (an array where the API takes one value, a string where it takes a list,
//! an integer where it takes a time), and with "`x` was not initialized" for a missing required
//! parameter. Its output is parsed (`syn::File`) and each builder of `mod builder` is edited here,
//! parameter by parameter, from `pancake-openapi`'s operation model.

use pancake_openapi::{Operation, Parameter, TimeUnit, ValueType};
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use crate::{SPEC, builder, docs, ident, on_page};

/// What a builder's error for a required parameter left unset says; the walk reads it to fall
/// back to the spec's page size (`walk_accessors`).
pub(crate) const NOT_SET: &str = "was not set";

/// progenitor's client with its builders edited (see the module's doc), and `added` (items such
/// as the walk's accessors, which need the builders' private fields) put into `mod builder`.
pub(crate) fn edit(
    code: TokenStream,
    ops: &[&Operation],
    added: impl IntoIterator<Item = TokenStream>,
) -> TokenStream {
    let mut file: syn::File = syn::parse2(code)
        .unwrap_or_else(|e| panic!("parsing progenitor's client generated from {SPEC}: {e}"));
    let module = file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
        _ => None,
    });
    let (_, items) = module.expect("progenitor's builder interface writes `mod builder`");
    for item in items.iter_mut() {
        match item {
            syn::Item::Struct(s) => {
                if let Some(op) = ops.iter().find(|op| builder(op) == s.ident) {
                    let handle = if on_page(op) {
                        "PageClient"
                    } else {
                        "UserClient"
                    };
                    let doc = format!(
                        "The request of `{id}`, from [`{handle}::{id}`](crate::{handle}::{id}): set its \
                         parameters, then `.execute().await`.",
                        id = op.operation_id
                    );
                    s.attrs.retain(|a| !a.path().is_ident("doc"));
                    s.attrs.splice(0..0, docs::attrs(&doc));
                }
            }
            syn::Item::Impl(block) => {
                let Some(op) = implemented(block)
                    .and_then(|name| ops.iter().copied().find(|op| builder(op) == name))
                else {
                    continue;
                };
                for item in &mut block.items {
                    if let syn::ImplItem::Fn(f) = item {
                        edit_fn(op, f);
                    }
                }
            }
            _ => {}
        }
    }
    for code in added {
        let added: syn::File = syn::parse2(code).expect("quote! makes items");
        items.extend(added.items);
    }
    file.into_token_stream()
}

/// The type an `impl` block is for (`ListConversations` of `impl<'a> ListConversations<'a>`).
fn implemented(block: &syn::ItemImpl) -> Option<syn::Ident> {
    if block.trait_.is_some() {
        return None;
    }
    match &*block.self_ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.clone()),
        _ => None,
    }
}

fn edit_fn(op: &Operation, f: &mut syn::ImplItemFn) {
    let name = f.sig.ident.to_string();
    match name.as_str() {
        // One way to send: `execute()` (this crate's errors); progenitor's `send()` is what it calls.
        "send" => {
            f.vis = syn::parse_quote!(pub(crate));
            f.attrs.retain(|a| !a.path().is_ident("doc"));
            f.attrs.splice(
                0..0,
                docs::attrs("progenitor's call, which `execute()` runs and whose errors it reads."),
            );
        }
        "new" => {
            // Name what is missing, and how to set it; the call site adds the operation.
            let mut block = f.block.to_token_stream().to_string();
            for p in op
                .parameters
                .iter()
                .filter(|p| p.required && p.token().is_none())
            {
                let setter = ident(&p.name);
                let new = format!(
                    "\"the required parameter `{}` {NOT_SET} (set it with `.{setter}(..)`)\"",
                    p.name
                );
                for named in [setter.to_string(), p.name.clone()] {
                    block = block.replace(&format!("\"{named} was not initialized\""), &new);
                }
            }
            f.block = syn::parse_str(&block).unwrap_or_else(|e| {
                panic!(
                    "{SPEC}: {}: editing the builder's new(): {e}",
                    op.operation_id
                )
            });
        }
        "body" | "body_map" => {
            let doc = format!(
                "The request body of `{}`{}.",
                op.operation_id,
                if name == "body" {
                    ""
                } else {
                    ", built field by field from its current value"
                }
            );
            f.attrs.splice(0..0, docs::attrs(&doc));
        }
        _ => {
            let Some(p) = op.parameters.iter().find(|p| ident(&p.name) == f.sig.ident) else {
                return;
            };
            let optional = f.block.to_token_stream().to_string().contains("map (Some)");
            if let Some(typed) = typed_setter(op, p, f, optional) {
                *f = typed;
            }
            f.attrs.retain(|a| !a.path().is_ident("doc"));
            f.attrs.splice(0..0, docs::attrs(&docs::setter(op, p)));
        }
    }
}

/// A setter that takes what the API takes, where the schema alone says less: a time for a
/// value with a unit, one value for `x-pancake-one-value`, a list for `x-pancake-comma-separated`.
/// `None`: progenitor's setter stays.
fn typed_setter(
    op: &Operation,
    p: &Parameter,
    original: &syn::ImplItemFn,
    optional: bool,
) -> Option<syn::ImplItemFn> {
    let (setter, name) = (&original.sig.ident, &p.name);
    let wrap = |value: TokenStream| {
        if optional {
            quote!(Some(#value))
        } else {
            value
        }
    };
    let context = |what: &str| format!("{SPEC}: {}: parameter `{name}` {what}", op.operation_id);
    if let Some(unit) = p.unit {
        assert!(
            p.value_type() == ValueType::Integer,
            "{}",
            context("has x-pancake-unit but is not an integer")
        );
        let unit = match unit {
            TimeUnit::UnixSeconds => quote!(UnixSeconds),
            TimeUnit::UnixMilliseconds => quote!(UnixMilliseconds),
            TimeUnit::UnixMicroseconds => quote!(UnixMicroseconds),
        };
        let some = optional.then(|| quote!(.map(Some)));
        let message = format!("`{name}`: {{e}}");
        return Some(syn::parse_quote! {
            pub fn #setter<V: crate::filters::TimeValue>(mut self, value: V) -> Self {
                self.#setter = value
                    .to_unix(crate::operations::TimeUnit::#unit)
                    #some
                    .map_err(|e| format!(#message));
                self
            }
        });
    }
    if p.one_value {
        let item = vec_item(original).unwrap_or_else(|| {
            panic!("{}", context("has x-pancake-one-value but is not an array"))
        });
        let value = wrap(quote!(vec![value.into()]));
        return Some(syn::parse_quote! {
            pub fn #setter<V: Into<#item>>(mut self, value: V) -> Self {
                self.#setter = Ok(#value);
                self
            }
        });
    }
    if let Some(kind) = p.comma_separated {
        assert!(
            p.value_type() == ValueType::String,
            "{}",
            context("has x-pancake-comma-separated but is not a string")
        );
        let bound = match kind {
            ValueType::Integer => quote!(Into<i64>),
            _ => quote!(std::fmt::Display),
        };
        let items = match kind {
            ValueType::Integer => quote!(values.into_iter().map(Into::<i64>::into)),
            _ => quote!(values.into_iter()),
        };
        let store = if optional {
            quote!(Ok(crate::filters::comma_separated(#items)))
        } else {
            let message = format!("`{name}` needs at least one value");
            quote!(crate::filters::comma_separated(#items).ok_or_else(|| #message.to_owned()))
        };
        return Some(syn::parse_quote! {
            pub fn #setter<I>(mut self, values: I) -> Self
            where
                I: IntoIterator,
                I::Item: #bound,
            {
                self.#setter = #store;
                self
            }
        });
    }
    None
}

/// `T` of the setter's `V: TryInto<Vec<T>>` bound (progenitor's setter of an array).
fn vec_item(f: &syn::ImplItemFn) -> Option<syn::Type> {
    let predicates = &f.sig.generics.where_clause.as_ref()?.predicates;
    predicates.iter().find_map(|predicate| {
        let syn::WherePredicate::Type(t) = predicate else {
            return None;
        };
        t.bounds.iter().find_map(|bound| {
            let syn::TypeParamBound::Trait(bound) = bound else {
                return None;
            };
            let target = single_type_argument(bound.path.segments.last()?)?;
            let syn::Type::Path(vec) = target else {
                return None;
            };
            let last = vec.path.segments.last()?;
            (last.ident == "Vec").then(|| single_type_argument(last).cloned())?
        })
    })
}

fn single_type_argument(segment: &syn::PathSegment) -> Option<&syn::Type> {
    let syn::PathArguments::AngleBracketed(args) = &segment.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}
