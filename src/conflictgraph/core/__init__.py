"""The core layer under the pipeline and the store: the rules both use, each with one owner.

    vocabulary   event types (PLOVER quad codes, scores, modes), predicates, claim kinds, mention types
    identity     when two events, relations or claims are one item, and how one absorbs another
    copies       copy fingerprints and sentence alignment (what makes one document a copy of another)
    dates        reading a date string of metadata ("Feb 6, 2019", RFC 2822) at its precision

The core imports only the data model and the errors: never a pipeline stage, the store, the CLI or the web app.
"""
