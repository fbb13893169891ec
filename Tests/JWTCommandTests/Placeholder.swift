// Tests of the `jwt` command.
