list --markdown
