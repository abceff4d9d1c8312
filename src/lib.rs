//! The reader's widget.
