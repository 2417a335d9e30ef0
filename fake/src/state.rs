//! The in-memory store behind one emulator, and the lookups the handlers share.
//!
//! Every collection is a `Vec` in creation order, which is the default list order. The whole
//! store sits behind one mutex: requests are tiny and the emulator is for tests.

use std::sync::{Arc, Mutex, MutexGuard};

use crate::config::FakeConfig;
use crate::error::ApiError;
use crate::ids::IdGen;
use crate::model::{Channel, Friendship, Member, Message, SubscriptionRecord};
use crate::token::TokenSigner;

/// The state handlers receive.
pub(crate) type SharedState = Arc<AppState>;

/// Configuration, token signer and data of one emulator.
#[derive(Debug)]
pub(crate) struct AppState {
    pub(crate) config: FakeConfig,
    pub(crate) signer: TokenSigner,
    store: Mutex<Store>,
}

impl AppState {
    pub(crate) fn new(config: FakeConfig) -> SharedState {
        Arc::new(AppState {
            config,
            signer: TokenSigner::random(),
            store: Mutex::new(Store::default()),
        })
    }

    /// Locks the store. A handler never panics while holding the lock, but if one did, the
    /// data would still be consistent enough for a test double, so poisoning is ignored.
    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        self.store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// All data of one emulator.
#[derive(Debug)]
pub(crate) struct Store {
    pub(crate) users: Vec<Member>,
    pub(crate) friendships: Vec<Friendship>,
    pub(crate) channels: Vec<Channel>,
    pub(crate) messages: Vec<Message>,
    pub(crate) subscriptions: Vec<SubscriptionRecord>,
    pub(crate) ids: IdGen,
}

impl Default for Store {
    fn default() -> Self {
        Store {
            users: Vec::new(),
            friendships: Vec::new(),
            channels: Vec::new(),
            messages: Vec::new(),
            subscriptions: Vec::new(),
            ids: IdGen::new(),
        }
    }
}

impl Store {
    /// A user, withdrawn or not.
    pub(crate) fn user(&self, id: &str) -> Result<&Member, ApiError> {
        self.users
            .iter()
            .find(|u| u.id == id)
            .ok_or_else(|| ApiError::not_found(format!("user '{id}' not found")))
    }

    /// A user that may still be changed: withdrawn users are read-only.
    pub(crate) fn active_user(&self, id: &str) -> Result<&Member, ApiError> {
        let user = self.user(id)?;
        if user.deleted {
            return Err(ApiError::not_found(format!("user '{id}' has been deleted")));
        }
        Ok(user)
    }

    /// [`Store::active_user`], for changing it.
    pub(crate) fn active_user_mut(&mut self, id: &str) -> Result<&mut Member, ApiError> {
        self.active_user(id)?;
        self.users
            .iter_mut()
            .find(|u| u.id == id)
            .ok_or_else(|| ApiError::not_found(format!("user '{id}' not found")))
    }

    pub(crate) fn channel(&self, id: &str) -> Result<&Channel, ApiError> {
        self.channels
            .iter()
            .find(|c| c.id == id)
            .ok_or_else(|| ApiError::not_found(format!("channel '{id}' not found")))
    }

    pub(crate) fn channel_mut(&mut self, id: &str) -> Result<&mut Channel, ApiError> {
        self.channels
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or_else(|| ApiError::not_found(format!("channel '{id}' not found")))
    }

    /// A fresh UUID not used by any channel, friendship or subscription.
    pub(crate) fn new_uuid(&mut self) -> String {
        loop {
            let id = self.ids.uuid();
            let taken = self.channels.iter().any(|c| c.id == id)
                || self.friendships.iter().any(|f| f.id == id)
                || self.subscriptions.iter().any(|s| s.id == id);
            if !taken {
                return id;
            }
        }
    }

    /// Makes the subscriptions of `channel_id` follow `members`: keeps existing ones (and
    /// their IDs), adds the new member IDs, drops the IDs that left.
    pub(crate) fn sync_subscriptions(&mut self, channel_id: &str, members: &[String], now: &str) {
        self.subscriptions
            .retain(|s| s.channel_id != channel_id || members.contains(&s.user_id));
        for user_id in members {
            let exists = self
                .subscriptions
                .iter()
                .any(|s| s.channel_id == channel_id && &s.user_id == user_id);
            if !exists {
                let id = self.new_uuid();
                self.subscriptions.push(SubscriptionRecord {
                    id,
                    channel_id: channel_id.to_owned(),
                    user_id: user_id.clone(),
                    created_at: now.to_owned(),
                });
            }
        }
    }
}
