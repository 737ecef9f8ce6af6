print("plandash-bench")
