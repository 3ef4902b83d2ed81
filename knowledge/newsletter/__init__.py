"""Newsletter subscription (double opt-in) and sending. Views are routes of NewsletterIndexPage."""
