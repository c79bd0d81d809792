from saring.cli import main

main()
