import 'reveal.js/reveal.css';
import './styles.css';
