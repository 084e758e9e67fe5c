"""HTML input: detect it, parse it, and turn it into the paragraph stream of the text path.

Modules: detect (is it HTML?), parse (lxml tree, deep nesting survived), metadata (meta
tags and JSON-LD), signals (why the generic layer drops an element), blocks (one
iterative walk into text blocks), content (the article container, link lists), selectors
(``[html]`` rule CSS), page (all of it, to paragraphs and fields). Nothing is imported
here, so the rule loader can use ``selectors`` without pulling in the pipeline.
"""
