"""Browser window sizing for the tests: the page's own viewport (innerWidth × innerHeight), not the window's."""


def set_inner_size(driver, width: int, height: int) -> None:
    """Size the window so the page gets exactly width × height (the window frame takes some pixels of its own)."""
    driver.set_window_size(width, height)
    inner = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    driver.set_window_size(width + (width - inner[0]), height + (height - inner[1]))
