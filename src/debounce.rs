//! A debounced action: the search box applies its text once typing pauses, so a reader typing
//! a ten-letter place name filters the list once rather than ten times.
//!
//! The pending call is a `gloo_timers` `Timeout`: scheduling a new one drops (cancels) the
//! previous one, and unmounting the widget drops the last, so nothing fires into a widget
//! that is gone.
use gloo_timers::callback::Timeout;
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone)]
pub struct Debounced {
    pending: Rc<RefCell<Option<Timeout>>>,
    millis: u32,
}

impl Debounced {
    /// Belongs to the current reactive owner (the component): cancelled when it is cleaned up.
    pub fn new(millis: u32) -> Self {
        let pending: Rc<RefCell<Option<Timeout>>> = Rc::default();
        let on_unmount = SendWrapper::new(Rc::clone(&pending));
        on_cleanup(move || drop(on_unmount.borrow_mut().take()));
        Debounced { pending, millis }
    }

    /// Runs `f` after `millis` without another call; an earlier pending call is cancelled.
    pub fn call(&self, f: impl FnOnce() + 'static) {
        // A fired timeout stays in the slot (dropping it from its own callback would free the
        // closure that is running) until the next call or the unmount replaces it.
        *self.pending.borrow_mut() = Some(Timeout::new(self.millis, f));
    }

    /// Cancels the pending call, if any (its work is about to be done directly).
    pub fn cancel(&self) {
        self.pending.borrow_mut().take();
    }
}
