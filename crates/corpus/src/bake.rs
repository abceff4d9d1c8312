//! Bake: turns an extraction into the compact bytes the widget embeds (see `chronocarte-model`).
