"""Converting question banks to and from the formats teachers already use; printing them."""
