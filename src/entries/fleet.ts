/** The fleet page's script: the `<fleet-view>` element (the engine and the tar reader come with it). */
import '../components/fleet-view.ts';
