"""Signing in to the admin in the browser tests (users made on the live server with the `manage_live` fixture)."""


def sign_in_page(page, username, password):
    """Sign `page` in through the admin's login form; it ends on the dashboard."""
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    return page


def sign_in(browser, live_url, username, password):
    """A new browser context (its own cookies) signed in as `username`."""
    context = browser.new_context(base_url=live_url, reduced_motion="reduce", viewport={"width": 1280, "height": 900})
    return sign_in_page(context.new_page(), username, password)
